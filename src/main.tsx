import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import { App } from './app/App.tsx';
import { installBenchHooks } from './app/benchHooks.ts';
import { startPersistence } from './features/library/controller.ts';
import { loadValidator, loadYamlSupport } from './store/loadValidator.ts';
import { registerServiceWorker } from './sw/register.ts';
import { TEST_HOOKS } from './ui/testHooks.ts';

// Offline support: production builds only (the dev server has no sw.js).
if (import.meta.env.PROD) registerServiceWorker();

// The last opened workflow is restored before the first render (first start: the seed workflow).
void startPersistence().finally(() => {
  // Test and bench builds only (`--mode instrumented`): never in a production build. Installed once the restore is
  // done, so a document a test opens through them is not replaced by the restored workflow a moment later.
  if (TEST_HOOKS) installBenchHooks();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void loadValidator();
  void loadYamlSupport();
});
