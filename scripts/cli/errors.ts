/** A mistake in the command line: reported on stderr with exit code 2. */
export class CliUsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CliUsageError';
	}
}
