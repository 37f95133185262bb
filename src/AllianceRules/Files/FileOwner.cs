namespace AllianceRules.Files;

/// <summary>
/// Who owns a path, as the file system says (statx(2) on Linux): for a tool that keeps files of
/// its own, such as the CLI's startup profile, and must not trust one that another user could
/// have put in its place.
/// </summary>
public static class FileOwner
{
    /// <summary>
    /// Whether <paramref name="path"/>, not followed if it is a symbolic link, is a folder (or a
    /// regular file) owned by this process's effective user.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="directory">Whether a folder is expected; otherwise a regular file.</param>
    /// <returns>What the file system says; null where it cannot say (not Linux, or a C library without statx), and the caller falls back on what .NET knows.</returns>
    public static bool? IsOwnedByThisUser(string path, bool directory)
    {
        ArgumentNullException.ThrowIfNull(path);
        return UnixFile.Of(path, followLinks: false) is { } status
            ? status.Kind == (directory ? UnixFile.Kind.Directory : UnixFile.Kind.Regular) && status.Owner == UnixFile.EffectiveUser()
            : null;
    }
}
