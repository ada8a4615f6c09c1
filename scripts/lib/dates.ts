const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "2019", "2019-04" and "2019-04-01" when the month and day exist. */
export function isPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
	return day >= 1 && day <= last;
}
