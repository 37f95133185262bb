using AllianceRules.Cli;

namespace AllianceRules.Tests.Cli;

/// <summary>
/// The startup profile (multi-core JIT) of the real <c>alliance-rules</c> process: one file per
/// command in the cache directory, never a name taken from an argument, off when asked, and a
/// cache that cannot be written changes nothing the user sees.
/// </summary>
public sealed class StartupProfileTests : IDisposable
{
    /// <summary>
    /// Whether a plain run writes a profile on this machine at all (the runtime keeps none on a
    /// single core, or under a profiler): the tests that expect no file would prove nothing otherwise.
    /// </summary>
    private static readonly Lazy<bool> ProfilesAreWrittenHere = new(() =>
    {
        var cache = Directory.CreateTempSubdirectory("alliance-rules-cache-control-").FullName;
        try
        {
            Run(("XDG_CACHE_HOME", cache), "scenarios");
            return File.Exists(Path.Combine(cache, "alliance-rules", "startup", "scenarios.jitprofile"));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    });

    private readonly string _cache = Directory.CreateTempSubdirectory("alliance-rules-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Commands_AreTheSubcommands()
    {
        Assert.Equal(CliApp.CommandNames().Order(StringComparer.Ordinal), StartupProfile.Commands);
    }

    [Fact]
    public void Assess_WritesTheProfileOfItsCommand_AndPrintsTheSameOnTheNextRun()
    {
        var first = Run(("XDG_CACHE_HOME", _cache), "assess", "--builtin", "1978-soviet-alliance");
        var second = Run(("XDG_CACHE_HOME", _cache), "assess", "--builtin", "1978-soviet-alliance");

        var profile = Assert.Single(Directory.GetFiles(Path.Combine(_cache, "alliance-rules", "startup")));
        Assert.Equal("assess.jitprofile", Path.GetFileName(profile));
        Assert.True(new FileInfo(profile).Length > 0);
        Assert.Equal((0, ""), (first.Exit, first.Stderr));
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("../../escape")]
    [InlineData("assess/../../escape")]
    public void AnythingButACommandName_WritesNoProfile(string first)
    {
        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        Run(("XDG_CACHE_HOME", _cache), first);

        Assert.Empty(Directory.GetFileSystemEntries(_cache, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_WritesNoProfile(string help)
    {
        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        var run = Run(("XDG_CACHE_HOME", _cache), "assess", help);

        Assert.Equal(0, run.Exit);
        Assert.Empty(Directory.GetFileSystemEntries(_cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void FailedRun_PutsThePreviousProfileBack()
    {
        Run(("XDG_CACHE_HOME", _cache), "assess", "--builtin", "1978-soviet-alliance");
        var profile = Path.Combine(_cache, "alliance-rules", "startup", "assess.jitprofile");
        var recorded = File.ReadAllBytes(profile);

        var failed = Run(("XDG_CACHE_HOME", _cache), "assess", Path.Combine(_cache, "no-such-scenario.json"));

        Assert.Equal(2, failed.Exit);
        Assert.Equal(recorded, File.ReadAllBytes(profile));
        Assert.Equal([profile], Directory.GetFileSystemEntries(Path.GetDirectoryName(profile)!));
    }

    [Fact]
    public void FailedFirstRun_LeavesNoProfile()
    {
        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        var failed = Run(("XDG_CACHE_HOME", _cache), "assess", Path.Combine(_cache, "no-such-scenario.json"));

        Assert.Equal(2, failed.Exit);
        Assert.Empty(Directory.GetFiles(_cache, "*.jitprofile", SearchOption.AllDirectories));
    }

    [Fact]
    public void SwitchedOff_WritesNoProfile()
    {
        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        var run = Run([("XDG_CACHE_HOME", _cache), (StartupProfile.Switch, "0")], "scenarios");

        Assert.Equal(0, run.Exit);
        Assert.Empty(Directory.GetFileSystemEntries(_cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void CacheThatCannotBeWritten_ChangesNothingTheUserSees()
    {
        // A file where the cache directory should be: nothing can be created under it.
        var blocked = Path.Combine(_cache, "a-file");
        File.WriteAllText(blocked, "");

        var run = Run(("XDG_CACHE_HOME", blocked), "scenarios");
        var plain = Run([("XDG_CACHE_HOME", _cache), (StartupProfile.Switch, "0")], "scenarios");

        Assert.Equal(plain, run);
        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public void ProfileThatIsALink_LeavesItsTargetAsItWas_AndTheCommandSucceeds()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = Path.Combine(_cache, "precious.txt");
        File.WriteAllText(target, "the user's own file\n");
        var before = File.ReadAllBytes(target);
        var startup = Directory.CreateDirectory(Path.Combine(_cache, "alliance-rules", "startup"), UserOnly).FullName;
        File.SetUnixFileMode(Path.GetDirectoryName(startup)!, UserOnly);
        File.CreateSymbolicLink(Path.Combine(startup, "assess.jitprofile"), target);

        var succeeded = Run(("XDG_CACHE_HOME", _cache), "assess", "--builtin", "1978-soviet-alliance");
        var failed = Run(("XDG_CACHE_HOME", _cache), "assess", Path.Combine(_cache, "no-such-scenario.json"));

        Assert.Equal((0, ""), (succeeded.Exit, succeeded.Stderr));
        Assert.Equal(2, failed.Exit);
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal(["assess.jitprofile"], Directory.GetFileSystemEntries(startup).Select(Path.GetFileName));
    }

    [Fact]
    public void StartupFolderThatIsALink_IsNotUsed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_cache, "elsewhere")).FullName;
        Directory.CreateDirectory(Path.Combine(_cache, "alliance-rules"), UserOnly);
        Directory.CreateSymbolicLink(Path.Combine(_cache, "alliance-rules", "startup"), elsewhere);

        var run = Run(("XDG_CACHE_HOME", _cache), "scenarios");

        Assert.Equal(0, run.Exit);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
    }

    [Fact]
    public void StartupFolderWritableByOthers_IsNotUsed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        var startup = Directory.CreateDirectory(Path.Combine(_cache, "alliance-rules", "startup")).FullName;
        File.SetUnixFileMode(Path.GetDirectoryName(startup)!, UserOnly);
        File.SetUnixFileMode(startup, UserOnly | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        var run = Run(("XDG_CACHE_HOME", _cache), "scenarios");

        Assert.Equal(0, run.Exit);
        Assert.Empty(Directory.GetFileSystemEntries(startup));
    }

    [Fact]
    public void CacheFolders_AreCreatedForTheUserAlone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.True(ProfilesAreWrittenHere.Value, "a plain run writes no profile on this machine");
        Run(("XDG_CACHE_HOME", _cache), "scenarios");

        Assert.Equal(UserOnly, File.GetUnixFileMode(Path.Combine(_cache, "alliance-rules")));
        Assert.Equal(UserOnly, File.GetUnixFileMode(Path.Combine(_cache, "alliance-rules", "startup")));
        Assert.Equal(["scenarios.jitprofile"], Directory.GetFileSystemEntries(Path.Combine(_cache, "alliance-rules", "startup")).Select(Path.GetFileName));
    }

    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>With the profile on, whatever the environment of the test run says.</summary>
    private static (int Exit, string Stdout, string Stderr) Run((string Name, string Value) variable, params string[] args) =>
        Run([variable, (StartupProfile.Switch, "1")], args);

    private static (int Exit, string Stdout, string Stderr) Run((string Name, string Value)[] variables, params string[] args) =>
        CliProcess.Run([], variables, args);
}
