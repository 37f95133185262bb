using System.Runtime.InteropServices;

namespace AllianceRules.Files;

/// <summary>
/// What the file system says of a path, which .NET does not: whether it is a regular file, a
/// named pipe or a device, and who owns it. On Linux it asks statx(2) of the C library; elsewhere
/// (or with a C library without statx) it cannot say, and callers fall back on what .NET knows.
/// </summary>
internal static partial class UnixFile
{
    /// <summary>The kinds of entry a path can name.</summary>
    public enum Kind
    {
        /// <summary>Nothing is there.</summary>
        Missing,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A folder.</summary>
        Directory,

        /// <summary>A symbolic link (only when links are not followed).</summary>
        SymbolicLink,

        /// <summary>A named pipe, which blocks a reader until a writer comes.</summary>
        Fifo,

        /// <summary>A character device, such as /dev/zero, which never ends.</summary>
        CharacterDevice,

        /// <summary>A block device.</summary>
        BlockDevice,

        /// <summary>A socket.</summary>
        Socket,
    }

    /// <summary>A path's kind, owner and permission bits.</summary>
    public readonly record struct Status(Kind Kind, uint Owner, UnixFileMode Mode);

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const uint StatxUid = 0x8;
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;

    /// <summary>The status of <paramref name="path"/>, or null when the platform cannot say.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a symbolic link is followed to what it names, or reported as a link.</param>
    public static Status? Of(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct statx is 256 bytes, its layout fixed by the kernel on every architecture:
        // stx_uid at byte 20, stx_mode (type and permission bits) at byte 28.
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxMode | StatxUid, buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() is NoSuchEntry or NotADirectory ? new Status(Kind.Missing, 0, UnixFileMode.None) : null;
        }

        var owner = MemoryMarshal.Read<uint>(buffer.AsSpan(20));
        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0xA000 => Kind.SymbolicLink,
            0x1000 => Kind.Fifo,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            _ => Kind.Socket,
        };
        return new Status(kind, owner, (UnixFileMode)(mode & 0xFFF));
    }

    /// <summary>The effective user ID of this process, or null when the platform cannot say.</summary>
    public static uint? EffectiveUser()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return GetEffectiveUser();
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>How a kind reads in a message: "a named pipe (FIFO)".</summary>
    public static string Describe(Kind kind) => kind switch
    {
        Kind.Directory => "a folder",
        Kind.SymbolicLink => "a symbolic link",
        Kind.Fifo => "a named pipe (FIFO)",
        Kind.CharacterDevice => "a character device",
        Kind.BlockDevice => "a block device",
        Kind.Socket => "a socket",
        _ => "a regular file",
    };

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUser();
}
