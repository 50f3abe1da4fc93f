import Foundation

/// The operating system's reasons in Swedish, for the Swedish errors that name one: never
/// "The file doesn't exist" inside a Swedish sentence.
///
/// ```swift
/// SystemErrorText.reason(errno: ENOENT)   // "filen eller mappen finns inte"
/// ```
public enum SystemErrorText {
    /// A POSIX error number as a Swedish phrase.
    public static func reason(errno e: Int32) -> String {
        switch e {
        case ENOENT: return "filen eller mappen finns inte"
        case EACCES, EPERM: return "behörighet saknas"
        case EEXIST: return "finns redan"
        case ENOTDIR: return "en del av sökvägen är ingen mapp"
        case EISDIR: return "är en mapp, inte en fil"
        case ENOSPC: return "disken är full"
        case EDQUOT: return "diskkvoten är slut"
        case EROFS: return "filsystemet är skrivskyddat"
        case ELOOP: return "för många symboliska länkar (eller en länk där en fil väntades)"
        case ENAMETOOLONG: return "namnet är för långt"
        case EMFILE, ENFILE: return "för många öppna filer"
        case EIO: return "in- eller utmatningsfel på disken"
        case EBUSY: return "resursen är upptagen"
        case EXDEV: return "kan inte flyttas mellan filsystem"
        case ENOTEMPTY: return "mappen är inte tom"
        case EINVAL: return "ogiltigt argument"
        case ENOMEM: return "minnet räcker inte"
        default: return "systemfel \(e)"
        }
    }

    /// A Foundation or POSIX error as a Swedish phrase: its POSIX error number where it
    /// has one (itself or underlying), else the Cocoa file error's meaning.
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return reason(errno: ENOENT)
            case .fileReadNoPermission, .fileWriteNoPermission: return reason(errno: EACCES)
            case .fileWriteFileExists: return reason(errno: EEXIST)
            case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
            case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
            case .fileReadInvalidFileName, .fileWriteInvalidFileName: return "ogiltigt filnamn"
            case .fileReadCorruptFile: return "filen är skadad eller har fel format"
            case .fileReadInapplicableStringEncoding, .fileWriteInapplicableStringEncoding: return "fel teckenkodning"
            case .fileReadTooLarge: return "filen är för stor"
            case .fileLocking: return "filen är låst"
            default: return "filfel \(ns.code)"
            }
        }
        return "fel \(ns.domain) \(ns.code)"
    }
}
