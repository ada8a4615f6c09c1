export const mapColours = {
	sea: '#b8d2e3',
	land: '#f6f3ec',
	landHover: '#fbe7a6',
	landSelected: '#f2c14e',
	municipalBorder: '#b3aa99',
	prefectureBorder: '#6f6658',
	coastline: '#6f8fa6',
	highlightOutline: '#8a5a00'
} as const;
