// Loaded first by the strict-CSP test pages (a same-origin file, so `script-src 'self'` allows it):
// records every policy violation and every uncaught error for the test in the parent page to read.
window.icssiProbe = { violations: [], errors: [] };
document.addEventListener(
  'securitypolicyviolation',
  (e) => window.icssiProbe.violations.push(`${e.effectiveDirective || e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  true,
);
addEventListener('error', (e) => window.icssiProbe.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.icssiProbe.errors.push(String(e.reason)));
