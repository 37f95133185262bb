using System.Diagnostics;

namespace AllianceRules.Tests.Cli;

/// <summary>
/// Runs the real <c>alliance-rules</c> process (the build beside the tests), for what only its entry
/// point decides: how standard input is decoded, the startup profile. The startup profile is off
/// unless the environment given turns it on.
/// </summary>
internal static class CliProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(byte[] stdin, IEnumerable<(string Name, string Value)> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "alliance-rules.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Tests keep out of the user's cache: no startup profile unless a test asks for one.
        start.Environment[AllianceRules.Cli.StartupProfile.Switch] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "alliance-rules did not finish within a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
