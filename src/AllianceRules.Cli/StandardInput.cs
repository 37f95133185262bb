namespace AllianceRules.Cli;

/// <summary>
/// Standard input as bytes. When the shell closed it (<c>&lt;&amp;-</c>), the runtime may have
/// reused descriptor 0 for a pipe of its own, and reading it would wait for ever; on Linux that
/// is seen in /proc (descriptor 0 is a pipe whose write end this very process holds), and
/// reading is refused instead.
/// </summary>
internal static class StandardInput
{
    public static Stream Open() => LooksClosed() ? new ClosedInput() : Console.OpenStandardInput();

    private static bool LooksClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null)
            {
                return true;
            }

            if (!target.StartsWith("pipe:", StringComparison.Ordinal) && !target.StartsWith("anon_inode:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var number = Path.GetFileName(fd);
                if (number != "0" && new FileInfo(fd).LinkTarget == target && OpenForWriting(number))
                {
                    return true;
                }
            }

            return target.StartsWith("anon_inode:", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether a descriptor of this process is open for writing, from the access mode in /proc/self/fdinfo.</summary>
    private static bool OpenForWriting(string fd)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{fd}"))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                return (flags & 3) != 0;
            }
        }

        return false;
    }

    private sealed class ClosedInput : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new InputException("standard input is closed: give a scenario FILE, or pipe the scenario into 'assess -'");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
