/**
 * DataDirLock — one process at a time on an embedded (PGlite) data folder. PGlite keeps the
 * database in the process's memory and writes it back to the folder: a second process on the same
 * folder would overwrite the first one's writes. The lock is a file (`dondoc.lock`) created
 * exclusively, holding the owner's process id; a lock whose process is gone (a crash, `kill -9`)
 * is stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

import * as Data from "effect/Data";

/** Another live process holds the data folder. */
export class DataDirInUse extends Data.TaggedError("DataDirInUse")<{
  readonly dir: string;
  readonly pid: number;
}> {
  override get message(): string {
    return `Thư mục dữ liệu ${this.dir} đang được tiến trình ${this.pid} dùng; dừng tiến trình đó hoặc dùng thư mục khác (DATA_DIR) / The data folder ${this.dir} is in use by process ${this.pid}: stop it or use another folder`;
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Takes the lock of `dir` for this process; throws {@link DataDirInUse} when a live process holds
 * it. Returns the release, which removes the lock if it is still this process's.
 */
export const acquire = (dir: string): (() => void) => {
  const file = join(dir, "dondoc.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DataDirInUse({ dir, pid });
      // A lock left by a process that is gone (a crash): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new DataDirInUse({ dir, pid: -1 });
};
