import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage, type OpenedPage, waitForMapReady } from './chromium';

/** The Content-Security-Policy the built front page carries in its <meta> tag. */
async function builtPolicy(): Promise<Map<string, string[]>> {
	const html = await (await fetch(`${inject('baseUrl')}/`)).text();
	const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
	if (!match) throw new Error('the built page carries no CSP <meta> tag');
	return new Map(
		match[1]
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name, values])
	);
}

describe('Content-Security-Policy', () => {
	let opened: OpenedPage;

	beforeAll(async () => {
		opened = await openPage(`${inject('baseUrl')}/`);
		await waitForMapReady(opened.page, 'explorer');
	});

	afterAll(async () => {
		await opened?.close();
	});

	test('allows no inline script and no remote origin', async () => {
		const policy = await builtPolicy();
		expect(policy.get('default-src')).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		const sources = [...policy.values()].flat();
		const remote = sources.filter((s) => /^(https?:|wss?:|\*)/.test(s) || /\.[a-z]{2,}$/i.test(s));
		expect(remote).toEqual([]);
	});

	test('blocks an injected inline script', async () => {
		const outcome = await opened.page.evaluate(async () => {
			const violation = new Promise<string>((resolve) =>
				document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), {
					once: true
				})
			);
			const script = document.createElement('script');
			script.textContent = 'window.__injectedRan = true;';
			document.head.append(script);
			return {
				directive: await violation,
				ran: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true
			};
		});
		expect(outcome.ran).toBe(false);
		expect(outcome.directive).toMatch(/^script-src/);
	});
});
