using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace AllianceRules.Cli;

/// <summary><c>--version</c>: the tool's version and the rulebook's, which is what decides its conclusions.</summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public static string Text()
    {
        var version = typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return $"alliance-rules {version} (rulebook {RulebookVersion.Current})";
    }

    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(Text());
        return ExitCodes.Success;
    }
}
