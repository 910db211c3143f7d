// One w:rPr per set of run options, prepared for XML once and shared by every run that has it. docx
// builds a run's properties as a dozen small components (fonts, bold, size, language …) and walks them
// all again when it writes each run; a 30-page biên bản has some 450 runs and only a handful of sets.
// The XML written is the same, byte for byte: the shared component returns what docx's own
// RunProperties returns for those options.
import { RunProperties, XmlComponent, type IContext, type IRunOptions, type IXmlableObject } from 'docx';

class SharedRunProperties extends XmlComponent {
  private prepared: IXmlableObject | undefined;
  private done = false;

  constructor(private readonly properties: RunProperties) {
    super('w:rPr');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.done) {
      this.prepared = this.properties.prepForXml(context);
      this.done = true;
    }
    return this.prepared;
  }
}

/** Enough for every style × mark combination of a document; a document with more starts afresh. */
const MAX_SETS = 256;
const sets = new Map<string, SharedRunProperties>();

/** The options that make up a run's w:rPr (all of IRunOptions but its content). */
export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** The shared w:rPr of these run options. */
export function sharedRunProperties(format: RunFormat): SharedRunProperties {
  const key = JSON.stringify(format);
  let shared = sets.get(key);
  if (!shared) {
    if (sets.size >= MAX_SETS) sets.clear();
    shared = new SharedRunProperties(new RunProperties(format));
    sets.set(key, shared);
  }
  return shared;
}
