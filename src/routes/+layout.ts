// Every page is prerendered to static HTML (adapter-static).
export const prerender = true;
