/** Saving files from the page: a temporary object URL and link, so no request leaves the page. */

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves a canvas as a PNG file. */
export async function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (blob === null) throw new Error('Could not encode the PNG');
	downloadBlob(blob, fileName);
}
