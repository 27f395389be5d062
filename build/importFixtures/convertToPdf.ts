import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Converts a DOCX to PDF with headless LibreOffice (fonts embedded, as its PDF export always does), in a throwaway profile. */
export function convertToPdf(docxPath: string, pdfPath: string): void {
  const work = mkdtempSync(path.join(tmpdir(), 'kb-soffice-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], { stdio: 'ignore' });
    writeFileSync(pdfPath, readFileSync(path.join(work, path.basename(docxPath).replace(/\.docx$/u, '.pdf'))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
