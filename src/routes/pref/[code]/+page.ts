import { error } from '@sveltejs/kit';
import { isPrefectureCode, PREFECTURE_CODES, PREFECTURE_NAMES } from '$lib/presenter/prefectures';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => PREFECTURE_CODES.map((code) => ({ code }));

export const load: PageLoad = ({ params }) => {
	if (!isPrefectureCode(params.code)) error(404, `No prefecture with code ${params.code}`);
	return { code: params.code, name: PREFECTURE_NAMES[params.code] };
};
