import { defaultPresenterSnapshot, type IndexSnapshot, type PresenterSnapshot } from './presenter-url';

/** A prefecture page's state as runes; the URL is a view of its snapshot (presenter-url). */
export class PresenterState {
	present = $state(false);
	slide = $state<string | null>(null);
	lang = $state(defaultPresenterSnapshot().lang);

	snapshot(): PresenterSnapshot {
		return { present: this.present, slide: this.slide, lang: this.lang };
	}

	apply(snapshot: PresenterSnapshot): void {
		this.present = snapshot.present;
		this.slide = snapshot.slide;
		this.lang = snapshot.lang;
	}
}

/** The prefecture index's state: only its language. */
export class IndexState {
	lang = $state(defaultPresenterSnapshot().lang);

	snapshot(): IndexSnapshot {
		return { lang: this.lang };
	}

	apply(snapshot: IndexSnapshot): void {
		this.lang = snapshot.lang;
	}
}
