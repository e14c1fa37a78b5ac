/**
 * Files from a picker or a drop, folders included where the browser allows (Chromium, Edge,
 * Firefox and Safari expose dropped folders through webkitGetAsEntry). Each file keeps its path
 * within the folder as its name, so a refusal names the file the instructor can find.
 */
export type PickedFile = { name: string; file: File };

export function fromFileList(list: FileList | null | undefined): PickedFile[] {
  return [...(list ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));
}

type Entry = FileSystemEntry;
const isDirectory = (e: Entry): e is FileSystemDirectoryEntry => e.isDirectory;
const isFile = (e: Entry): e is FileSystemFileEntry => e.isFile;

async function walk(entry: Entry, out: PickedFile[]): Promise<void> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    out.push({ name: entry.fullPath.replace(/^\//, '') || file.name, file });
  } else if (isDirectory(entry)) {
    const reader = entry.createReader();
    // readEntries returns at most ~100 entries per call: read until it returns none.
    for (;;) {
      const batch = await new Promise<Entry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (!batch.length) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => e === null)) return fromFileList(data.files);
  const out: PickedFile[] = [];
  for (const e of entries) await walk(e!, out);
  return out;
}
