/**
 * Start-up: choose the UI language and fetch its strings first (ui/i18n/startupLanguage.ts,
 * which also installs the browser bridge when no shell provided one), start fetching the library
 * (library.json) and loading the search index (before React renders), render the page with its
 * search box, then read library.json and the delegate's imported documents from the database
 * (parsing a large library and opening the database are main-thread work the first render need
 * not wait for).
 */
// First, so that the interface strings are fetched while the rest of the code is evaluated.
import { startupLanguage } from './ui/i18n/startupLanguage';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './styles/app.css';
import './styles/notes.css';
import './styles/entities.css';
import './styles/import.css';
import './styles/versions.css';
import { App } from './ui/App';
import { KnowledgeBaseProvider } from './ui/data/KnowledgeBaseContext';
import { documentsRepository } from './db/appRepositories';
import { documentsAtStartUp } from './db/documentsAtStartUp';
import { NoteWriteError } from './db/writeErrors';
import { createKnowledgeBaseStore } from './ui/data/knowledgeBaseStore';
import { DocumentImportProvider } from './ui/import/DocumentImportProvider';
import { requestNotesPersistence } from './ui/notes/storageStatus';
import { setupI18n } from './ui/i18n/setupI18n';

// The first render waits for the interface strings (startupLanguage), the library does not.
const i18nReady = startupLanguage.then(setupI18n);
let markRendered: () => void = () => undefined;
const hasRendered = new Promise<void>((resolve) => (markRendered = resolve));
const store = createKnowledgeBaseStore(document.baseURI, {
  // Fetched now, read once the page has rendered: a large library's parse must not hold up the search box.
  readLibraryAfter: () => hasRendered,
  // A database that cannot be read (another tab upgrading it, a newer app's data) must not keep
  // the bundled reports from showing; the notes panel says what is wrong with the database.
  // Documents removed in an earlier session are purged first: their Undo is gone with that session.
  importedDocuments: () =>
    hasRendered.then(() =>
      documentsAtStartUp(documentsRepository(), (error) => {
        // A newer app's data is read-only by design (the banner says so): the purge waits, quietly.
        if (error instanceof NoteWriteError && error.kind === 'newer-data') return;
        console.error('removed documents could not be purged', error);
      }).catch((error: unknown) => {
        console.error('imported documents could not be read', error);
        return [];
      }),
    ),
});

async function start(): Promise<void> {
  // Asked early, before any note is written; the answer only matters for the log.
  void requestNotesPersistence();
  const i18n = await i18nReady;
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  // Rendered now rather than scheduled, so that the page and its search box come before the
  // database work (markRendered) instead of sharing the main thread with it.
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <KnowledgeBaseProvider store={store}>
            <DocumentImportProvider>
              <App />
            </DocumentImportProvider>
          </KnowledgeBaseProvider>
        </I18nextProvider>
      </StrictMode>,
    ),
  );
  // In a task of its own, after the one that rendered: the browser paints the page in between.
  setTimeout(markRendered, 0);
}

start().catch((error: unknown) => {
  // Nothing rendered: say so in the page rather than leave it blank.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `The app could not start · 应用无法启动: ${error instanceof Error ? error.message : String(error)}`;
  document.body.append(message);
});
