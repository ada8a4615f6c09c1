/** Raised for input the analysis cannot interpret; the CLI turns these into exit code 2. */
export class AnalysisInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnalysisInputError';
	}
}

export class UnknownMunicipalityError extends AnalysisInputError {
	readonly code: string;

	constructor(code: string) {
		super(`Unknown municipality code "${code}" (expected a 5-digit code from geodata/municipalities.json)`);
		this.name = 'UnknownMunicipalityError';
		this.code = code;
	}
}

export class UnknownSphereError extends AnalysisInputError {
	readonly sphereId: string;

	constructor(sphereId: string) {
		super(`Unknown sphere id "${sphereId}" (see the \`spheres\` command for the list)`);
		this.name = 'UnknownSphereError';
		this.sphereId = sphereId;
	}
}
