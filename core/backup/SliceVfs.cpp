#include "backup/SliceVfs.h"

#include <sqlcipher/sqlite3.h>

#include <cstring>
#include <mutex>

namespace cd::backup {

namespace {

constexpr char kName[] = "cdslice";

struct SliceFile {
    sqlite3_file base;  // first: SQLite sees this
    sqlite3_int64 offset;
    sqlite3_int64 length;
    sqlite3_file *real;  // the underlying file, stored right after this struct
};

SliceFile *slice(sqlite3_file *file) { return reinterpret_cast<SliceFile *>(file); }
sqlite3_vfs *realVfs(sqlite3_vfs *vfs) { return static_cast<sqlite3_vfs *>(vfs->pAppData); }

int sliceClose(sqlite3_file *file)
{
    SliceFile *f = slice(file);
    return f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
}

int sliceRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    SliceFile *f = slice(file);
    if (offset < 0 || amount < 0) return SQLITE_IOERR_READ;
    if (offset + amount > f->length) {
        // Past the end of the slice: what there is, then zeros (SQLite's short-read contract).
        const sqlite3_int64 available = offset < f->length ? f->length - offset : 0;
        std::memset(static_cast<char *>(buffer) + available, 0, static_cast<std::size_t>(amount - available));
        if (available > 0) {
            const int rc = f->real->pMethods->xRead(f->real, buffer, static_cast<int>(available), f->offset + offset);
            if (rc != SQLITE_OK) return rc;
        }
        return SQLITE_IOERR_SHORT_READ;
    }
    return f->real->pMethods->xRead(f->real, buffer, amount, f->offset + offset);
}

int sliceWrite(sqlite3_file *, const void *, int, sqlite3_int64) { return SQLITE_READONLY; }
int sliceTruncate(sqlite3_file *, sqlite3_int64) { return SQLITE_READONLY; }
int sliceSync(sqlite3_file *, int) { return SQLITE_OK; }
int sliceFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    *size = slice(file)->length;
    return SQLITE_OK;
}
int sliceLock(sqlite3_file *, int) { return SQLITE_OK; }
int sliceCheckReservedLock(sqlite3_file *, int *reserved)
{
    *reserved = 0;
    return SQLITE_OK;
}
int sliceFileControl(sqlite3_file *, int, void *) { return SQLITE_NOTFOUND; }
int sliceSectorSize(sqlite3_file *) { return 4096; }
int sliceDeviceCharacteristics(sqlite3_file *) { return SQLITE_IOCAP_IMMUTABLE; }

const sqlite3_io_methods kSliceMethods = {
    1,  // iVersion: no shared memory, no memory mapping
    sliceClose,   sliceRead,          sliceWrite,       sliceTruncate,   sliceSync, sliceFileSize,
    sliceLock,    sliceLock,          sliceCheckReservedLock, sliceFileControl, sliceSectorSize,
    sliceDeviceCharacteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

int sliceOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *real = realVfs(vfs);
    if (!(flags & SQLITE_OPEN_MAIN_DB)) return real->xOpen(real, name, file, flags, outFlags);
    SliceFile *f = slice(file);
    std::memset(f, 0, sizeof(SliceFile));
    f->offset = sqlite3_uri_int64(name, "cd_offset", -1);
    f->length = sqlite3_uri_int64(name, "cd_length", -1);
    if (f->offset < 0 || f->length < 0 || (flags & SQLITE_OPEN_READWRITE)) return SQLITE_CANTOPEN;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        f->real->pMethods = nullptr;
        return rc;
    }
    sqlite3_int64 size = 0;
    if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK || f->offset + f->length > size) {
        f->real->pMethods->xClose(f->real);
        return SQLITE_CANTOPEN;
    }
    f->base.pMethods = &kSliceMethods;
    return SQLITE_OK;
}

int sliceDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}
int sliceAccess(sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, result);
}
int sliceFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}
void *sliceDlOpen(sqlite3_vfs *vfs, const char *name) { return realVfs(vfs)->xDlOpen(realVfs(vfs), name); }
void sliceDlError(sqlite3_vfs *vfs, int size, char *out) { realVfs(vfs)->xDlError(realVfs(vfs), size, out); }
void (*sliceDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}
void sliceDlClose(sqlite3_vfs *vfs, void *handle) { realVfs(vfs)->xDlClose(realVfs(vfs), handle); }
int sliceRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}
int sliceSleep(sqlite3_vfs *vfs, int micros) { return realVfs(vfs)->xSleep(realVfs(vfs), micros); }
int sliceCurrentTime(sqlite3_vfs *vfs, double *now) { return realVfs(vfs)->xCurrentTime(realVfs(vfs), now); }
int sliceGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xGetLastError ? realVfs(vfs)->xGetLastError(realVfs(vfs), size, out) : 0;
}
int sliceCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *now)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), now);
}

}  // namespace

const char *sliceVfsName()
{
    static std::once_flag once;
    static sqlite3_vfs vfs;
    std::call_once(once, []() {
        sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
        std::memset(&vfs, 0, sizeof vfs);
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(SliceFile)) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = kName;
        vfs.pAppData = real;
        vfs.xOpen = sliceOpen;
        vfs.xDelete = sliceDelete;
        vfs.xAccess = sliceAccess;
        vfs.xFullPathname = sliceFullPathname;
        vfs.xDlOpen = sliceDlOpen;
        vfs.xDlError = sliceDlError;
        vfs.xDlSym = sliceDlSym;
        vfs.xDlClose = sliceDlClose;
        vfs.xRandomness = sliceRandomness;
        vfs.xSleep = sliceSleep;
        vfs.xCurrentTime = sliceCurrentTime;
        vfs.xGetLastError = sliceGetLastError;
        vfs.xCurrentTimeInt64 = real->iVersion >= 2 && real->xCurrentTimeInt64 ? sliceCurrentTimeInt64 : nullptr;
        sqlite3_vfs_register(&vfs, 0);
    });
    return kName;
}

}  // namespace cd::backup
