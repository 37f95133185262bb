namespace AllianceRules.Files;

/// <summary>
/// The one way every input file is read (a scenario, a test file, an exported theory, an
/// amendment): it must be a regular file, so that a named pipe cannot hang the reader and a
/// device such as /dev/zero cannot fill memory, and it is read to at most a cap, whatever size the
/// file system reports. A symbolic link given as a path is followed to what it names, which must be
/// a regular file too.
/// </summary>
public static class InputFile
{
    /// <summary>Opens a regular file for reading.</summary>
    /// <param name="path">The path; a symbolic link is followed.</param>
    /// <returns>The open file, which the caller disposes.</returns>
    /// <exception cref="InputFileException">It is missing, not a regular file, or cannot be opened.</exception>
    public static FileStream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var status = UnixFile.Of(path, followLinks: true);
        if (status?.Kind == UnixFile.Kind.Missing || (status is null && !File.Exists(path) && !Directory.Exists(path)))
        {
            throw new InputFileException("no such file");
        }

        if (status is { Kind: not UnixFile.Kind.Regular } || Directory.Exists(path))
        {
            throw new InputFileException($"is {UnixFile.Describe(status?.Kind ?? UnixFile.Kind.Directory)}, not a regular file");
        }

        try
        {
            return new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0 });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"cannot be read ({ex.Message})");
        }
    }

    /// <summary>Reads a regular file whole, or null when it holds more than <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The path; a symbolic link is followed.</param>
    /// <param name="maxBytes">The most bytes to read; past it the read stops, whatever size the file system reports.</param>
    /// <returns>The bytes, or null when the file is larger.</returns>
    /// <exception cref="InputFileException">It is missing, not a regular file, or cannot be read.</exception>
    public static byte[]? ReadAll(string path, int maxBytes)
    {
        using var stream = Open(path);
        try
        {
            return ReadAll(stream, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"cannot be read ({ex.Message})");
        }
    }

    /// <summary>Reads a stream to its end, or null as soon as it passes <paramref name="maxBytes"/> bytes.</summary>
    internal static byte[]? ReadAll(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>An input file that is missing, not a regular file, or unreadable; the message follows the path ("no such file").</summary>
public sealed class InputFileException : IOException
{
    internal InputFileException(string message)
        : base(message)
    {
    }
}
