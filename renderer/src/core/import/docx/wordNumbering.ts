import { formatCounter, isKnownNumberFormat } from './numberFormats';
import type { WordStyles } from './wordStyles';
import { childElement, childElements, childValue, type XmlElement } from './xmlTree';

/** One level of a list definition (`w:lvl`, ECMA-376 Part 1, 17.9.6). */
interface LevelDefinition {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** Restart after a level numbered 1..restart is used; 0 never; undefined = after any higher level. */
  readonly restart?: number;
  readonly isLegal: boolean;
  readonly styleId?: string;
}

interface AbstractList {
  readonly levels: ReadonlyMap<number, LevelDefinition>;
  readonly styleLink?: string;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, LevelDefinition>;
}

const LEVEL_COUNT = 9;
// Symbol-font bullets are private-use code points (U+F0B7 is Symbol's bullet); print a real one.
const PRIVATE_USE_BULLET = /[\uF000-\uF0FF]/gu;

function readLevel(level: XmlElement): LevelDefinition {
  const start = Number.parseInt(childValue(level, 'w:start') ?? '0', 10);
  const restart = childValue(level, 'w:lvlRestart');
  const isLegal = childElement(level, 'w:isLgl');
  const styleId = childValue(level, 'w:pStyle');
  return {
    start: Number.isNaN(start) ? 0 : start,
    format: childValue(level, 'w:numFmt') ?? 'decimal',
    text: childValue(level, 'w:lvlText') ?? '',
    ...(restart === undefined ? {} : { restart: Number.parseInt(restart, 10) }),
    isLegal: isLegal !== undefined && isLegal.attributes['w:val'] !== '0' && isLegal.attributes['w:val'] !== 'false',
    ...(styleId === undefined ? {} : { styleId }),
  };
}

function levelsOf(element: XmlElement): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const level of childElements(element, 'w:lvl')) {
    levels.set(Number.parseInt(level.attributes['w:ilvl'] ?? '0', 10), readLevel(level));
  }
  return levels;
}

/**
 * Word's automatic paragraph numbers, computed as Word shows them: counters are kept per abstract
 * list (so every `w:num` pointing at one abstract list continues the same count), a `w:num` with a
 * `w:startOverride` restarts its levels where it is first used, a level restarts after a higher one
 * (or as `w:lvlRestart` says), and `w:lvlText` ("%1.%2") prints each level in its own format
 * (decimal for all when `w:isLgl`). Feed paragraphs in document order.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly startedInstances = new Set<string>();
  private readonly unknownFormats = new Set<string>();

  constructor(
    numberingXml: XmlElement | undefined,
    private readonly styles: WordStyles,
  ) {
    for (const abstract of childElements(numberingXml, 'w:abstractNum')) {
      const id = abstract.attributes['w:abstractNumId'];
      if (id === undefined) continue;
      const styleLink = childValue(abstract, 'w:numStyleLink');
      this.abstracts.set(id, { levels: levelsOf(abstract), ...(styleLink === undefined ? {} : { styleLink }) });
    }
    for (const instance of childElements(numberingXml, 'w:num')) {
      const id = instance.attributes['w:numId'];
      const abstractId = childValue(instance, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, LevelDefinition>();
      for (const override of childElements(instance, 'w:lvlOverride')) {
        const level = Number.parseInt(override.attributes['w:ilvl'] ?? '0', 10);
        const start = childValue(override, 'w:startOverride');
        if (start !== undefined) startOverrides.set(level, Number.parseInt(start, 10));
        const definition = childElement(override, 'w:lvl');
        if (definition) levelOverrides.set(level, readLevel(definition));
      }
      this.instances.set(id, { abstractId, startOverrides, levelOverrides });
    }
  }

  /** Number formats met that are printed as decimal for want of knowing them. */
  get unsupportedFormats(): readonly string[] {
    return [...this.unknownFormats];
  }

  /** The level a paragraph of `styleId` has in list `numId` when its style links to a level (`w:lvl/w:pStyle`). */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const abstract = this.abstractOf(numId);
    for (const [level, definition] of abstract?.list.levels ?? []) {
      if (definition.styleId === styleId) return level;
    }
    return undefined;
  }

  /** Advances list `numId` at `level` for one paragraph and returns the label Word prints, or undefined for none. */
  next(numId: string, level: number): string | undefined {
    const instance = this.instances.get(numId);
    const abstract = this.abstractOf(numId);
    if (!instance || !abstract || level < 0 || level >= LEVEL_COUNT) return undefined;
    const definition = this.levelOf(instance, abstract.list, level);
    if (!definition) return undefined;
    const counters = this.countersOf(abstract.id);
    if (!this.startedInstances.has(numId)) {
      this.startedInstances.add(numId);
      // A w:num that overrides a start value is a restarted list (Word's "Restart at 1"): its
      // overridden levels begin again where the instance is first used.
      for (const overridden of instance.startOverrides.keys()) counters[overridden] = undefined;
    }
    counters[level] = counters[level] === undefined ? this.startOf(instance, abstract.list, level) : counters[level]! + 1;
    for (let deeper = level + 1; deeper < LEVEL_COUNT; deeper++) {
      const restart = this.levelOf(instance, abstract.list, deeper)?.restart;
      // lvlRestart counts levels from 1: restart N means "after any of levels 1..N", i.e. ilvl < N.
      if (restart === undefined || (restart !== 0 && level < restart)) counters[deeper] = undefined;
    }
    return this.label(instance, abstract.list, level, definition, counters);
  }

  private label(
    instance: ListInstance,
    list: AbstractList,
    level: number,
    definition: LevelDefinition,
    counters: ReadonlyArray<number | undefined>,
  ): string | undefined {
    if (definition.format === 'bullet') return definition.text.replace(PRIVATE_USE_BULLET, '•') || undefined;
    const label = definition.text.replace(/%([1-9])/gu, (_match, digit: string) => {
      const shown = Number(digit) - 1;
      const shownDefinition = this.levelOf(instance, list, shown);
      // A higher level never used yet shows its start value, as Word does.
      const value = counters[shown] ?? this.startOf(instance, list, shown);
      const format = definition.isLegal ? 'decimal' : (shownDefinition?.format ?? 'decimal');
      if (!isKnownNumberFormat(format)) this.unknownFormats.add(format);
      return format === 'bullet' ? '' : formatCounter(value, format);
    });
    return label.trim() === '' ? undefined : label;
  }

  private levelOf(instance: ListInstance, list: AbstractList, level: number): LevelDefinition | undefined {
    return instance.levelOverrides.get(level) ?? list.levels.get(level);
  }

  private startOf(instance: ListInstance, list: AbstractList, level: number): number {
    return instance.startOverrides.get(level) ?? this.levelOf(instance, list, level)?.start ?? 0;
  }

  /** The abstract list behind `numId`, following `w:numStyleLink` through a numbering style once. */
  private abstractOf(numId: string): { id: string; list: AbstractList } | undefined {
    const abstractId = this.instances.get(numId)?.abstractId;
    const list = abstractId === undefined ? undefined : this.abstracts.get(abstractId);
    if (abstractId === undefined || !list) return undefined;
    if (list.styleLink === undefined) return { id: abstractId, list };
    const linkedNumId = this.styles.numIdOfNumberingStyle(list.styleLink);
    const linkedAbstractId = linkedNumId === undefined ? undefined : this.instances.get(linkedNumId)?.abstractId;
    const linked = linkedAbstractId === undefined ? undefined : this.abstracts.get(linkedAbstractId);
    return linkedAbstractId !== undefined && linked && linked.styleLink === undefined ? { id: linkedAbstractId, list: linked } : undefined;
  }

  private countersOf(abstractId: string): Array<number | undefined> {
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Array<number | undefined>(LEVEL_COUNT).fill(undefined);
      this.counters.set(abstractId, counters);
    }
    return counters;
  }
}
