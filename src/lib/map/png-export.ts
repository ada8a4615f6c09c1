/** A map frame with its title, figures, legend and credits drawn over it, as one PNG. */
import type { PaddingOptions } from 'maplibre-gl';

/** One labelled figure, e.g. 人口 and its value. */
export interface Figure {
	label: string;
	value: string;
}

/** One legend entry: a swatch drawn in CSS on the page and with canvas calls in the PNG. */
export interface LegendEntry {
	/** 'fill', 'line' and 'dashed' are plain swatches, for legends other than the presenter's. */
	key: 'renkei' | 'teiju' | 'centre' | 'prefecture' | 'fill' | 'line' | 'dashed';
	label: string;
	colour: string;
}

/** Sizes offered for the PNG export. */
export const EXPORT_SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 },
	{ width: 3840, height: 2160 }
] as const;

export interface ExportText {
	title: string;
	subtitle: string;
	figures: readonly Figure[];
	/** Data dates and the coverage caveat, in small print. */
	notes: readonly string[];
	credits: readonly string[];
	legend: readonly LegendEntry[];
}

const FONT = "system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', 'Yu Gothic', sans-serif";

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
	ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
	ctx.fillRect(x, y, w, h);
	ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
	ctx.lineWidth = 1;
	ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

function swatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, size: number): void {
	ctx.fillStyle = entry.colour;
	ctx.strokeStyle = entry.colour;
	if (entry.key === 'centre') {
		ctx.beginPath();
		ctx.arc(x + size / 2, y + size / 2, size / 4, 0, Math.PI * 2);
		ctx.fill();
	} else if (entry.key === 'fill') {
		ctx.fillRect(x, y, size, size);
		ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
		ctx.lineWidth = 1;
		ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
	} else if (entry.key === 'prefecture' || entry.key === 'line' || entry.key === 'dashed') {
		ctx.setLineDash(entry.key === 'dashed' ? [size / 4, size / 8] : []);
		ctx.lineWidth = Math.max(2, size / 8);
		ctx.beginPath();
		ctx.moveTo(x, y + size / 2);
		ctx.lineTo(x + size, y + size / 2);
		ctx.stroke();
		ctx.setLineDash([]);
	} else if (entry.key === 'teiju') {
		ctx.lineWidth = Math.max(1, size / 10);
		ctx.strokeRect(x, y, size, size);
		for (let i = 1; i < 4; i++) {
			ctx.beginPath();
			ctx.moveTo(x, y + (size * i) / 4);
			ctx.lineTo(x + (size * i) / 4, y);
			ctx.stroke();
		}
	} else {
		ctx.globalAlpha = 0.6;
		ctx.fillRect(x, y, size, size);
		ctx.globalAlpha = 1;
	}
}

/** Height of the notes and credits along the bottom, for `lines` lines. */
function footerHeight(height: number, lines: number): number {
	const unit = height / 1080;
	return Math.round(8 * unit) * 2 + lines * Math.round(Math.round(15 * unit) * 1.4);
}

/** Room to keep the map's focus clear of the title and legend (left) and the credits (bottom). */
export function exportMapPadding(width: number, height: number, text: ExportText): PaddingOptions {
	const footer = footerHeight(height, text.notes.length + text.credits.length);
	return { top: height * 0.05, bottom: footer + height * 0.04, left: width * 0.32, right: width * 0.03 };
}

/** Lays the title, figures, legend and credits over the map frame, all drawn with fillText. */
export function composeExport(
	map: CanvasImageSource,
	width: number,
	height: number,
	text: ExportText
): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (ctx === null) throw new Error('No 2D canvas context');
	const unit = height / 1080;
	const pad = Math.round(24 * unit);
	ctx.fillStyle = '#b8d2e3';
	ctx.fillRect(0, 0, width, height);
	ctx.drawImage(map, 0, 0, width, height);
	ctx.textBaseline = 'top';

	// Title and figures, top left.
	const line = Math.round(34 * unit);
	const boxWidth = Math.round(560 * unit);
	const boxHeight = pad * 2 + Math.round(64 * unit) + line * (text.figures.length + 1);
	panel(ctx, pad, pad, boxWidth, boxHeight);
	let y = pad * 2;
	ctx.fillStyle = '#2b2925';
	ctx.font = `700 ${Math.round(44 * unit)}px ${FONT}`;
	ctx.fillText(text.title, pad * 2, y, boxWidth - pad * 2);
	y += Math.round(58 * unit);
	ctx.font = `${Math.round(22 * unit)}px ${FONT}`;
	ctx.fillText(text.subtitle, pad * 2, y, boxWidth - pad * 2);
	y += line + Math.round(6 * unit);
	for (const figure of text.figures) {
		ctx.font = `${Math.round(22 * unit)}px ${FONT}`;
		ctx.fillText(figure.label, pad * 2, y, boxWidth * 0.55);
		ctx.font = `700 ${Math.round(24 * unit)}px ${FONT}`;
		ctx.textAlign = 'right';
		ctx.fillText(figure.value, pad + boxWidth - pad, y, boxWidth * 0.4);
		ctx.textAlign = 'left';
		y += line;
	}

	// Notes and credits, along the bottom; the legend above them, on the left.
	const small = Math.round(15 * unit);
	const lines = [...text.notes, ...text.credits];
	const footHeight = footerHeight(height, lines.length);
	panel(ctx, 0, height - footHeight, width, footHeight);
	ctx.fillStyle = '#2b2925';
	ctx.font = `${small}px ${FONT}`;
	lines.forEach((entry, i) => {
		ctx.fillText(
			entry,
			pad,
			height - footHeight + Math.round(8 * unit) + i * Math.round(small * 1.4),
			width - pad * 2
		);
	});
	const legendLine = Math.round(32 * unit);
	const legend = text.legend;
	const legendHeight = pad * 2 + legendLine * legend.length;
	const legendTop = height - footHeight - pad - legendHeight;
	panel(ctx, pad, legendTop, Math.round(420 * unit), legendHeight);
	ctx.font = `${Math.round(20 * unit)}px ${FONT}`;
	legend.forEach((entry, i) => {
		const rowY = legendTop + pad + i * legendLine;
		swatch(ctx, entry, pad * 2, rowY, Math.round(22 * unit));
		ctx.fillStyle = '#2b2925';
		ctx.fillText(entry.label, pad * 2 + Math.round(34 * unit), rowY);
	});

	return canvas;
}
