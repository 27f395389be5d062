import { SaxesParser } from 'saxes';
import { ImportError } from '../importError';

/** An XML element with its qualified name ("w:p"), attributes and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

// Word never writes a DTD. One in a .docx part is an attack (billion laughs, external entities),
// so it is refused before parsing; saxes itself never expands entities it was not told about.
const DTD_MARKUP = /<!DOCTYPE|<!ENTITY/iu;

/** Parses one XML part of a document into a tree; refuses DTDs and entity declarations, and malformed XML. */
export function parseXml(bytes: Uint8Array, partName: string, fileName: string): XmlElement {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(fileName, 'corrupt-docx', `${partName} is not UTF-8 XML`);
  }
  if (DTD_MARKUP.test(text)) {
    throw new ImportError(fileName, 'unsafe-xml', `${partName} declares a DTD or entities, which a Word document never does`);
  }
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: { name: string; attributes: Record<string, string>; children: Array<XmlElement | string> } = {
    name: '#document',
    attributes: {},
    children: [],
  };
  const stack = [root];
  parser.on('doctype', () => {
    throw new ImportError(fileName, 'unsafe-xml', `${partName} declares a DTD`);
  });
  parser.on('opentag', (tag) => {
    // With xmlns off, saxes gives each tag a fresh plain record of string values.
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (chunk) => {
    stack[stack.length - 1]!.children.push(chunk);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, 'corrupt-docx', `${partName} is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  const documentElement = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!documentElement) throw new ImportError(fileName, 'corrupt-docx', `${partName} has no root element`);
  return documentElement;
}

/** The first child element named `name`. */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** Every child element named `name`, in order. */
export function childElements(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The `w:val` attribute of the child element `name` (Word's usual way of storing a property). */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return childElement(element, name)?.attributes['w:val'];
}

/** The text directly inside an element. */
export function ownText(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}
