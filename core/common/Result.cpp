#include "common/Result.h"

namespace cd {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return 2;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::UnknownUser: return 3;
    case ErrorCode::Damaged:
    case ErrorCode::Tampered:
    case ErrorCode::RolledBack: return 4;
    case ErrorCode::InUse: return 5;
    case ErrorCode::Internal:
    case ErrorCode::InvalidInput:
    case ErrorCode::PermissionDenied:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Io:
    case ErrorCode::Cancelled: return 1;
    }
    return 1;
}

}  // namespace cd
