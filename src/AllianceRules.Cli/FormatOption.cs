using System.CommandLine;

namespace AllianceRules.Cli;

/// <summary>
/// A command's <c>--format</c>: the formats that command supports, the first its default. Any
/// other format, even one another command prints, is refused naming the ones that work.
/// </summary>
internal sealed class FormatOption
{
    private readonly string _command;
    private readonly OutputFormat[] _supported;
    private readonly Option<string> _option;

    public FormatOption(string command, string description, params OutputFormat[] supported)
    {
        _command = command;
        _supported = supported;
        _option = new Option<string>("--format")
        {
            Description = $"{description} Default: {Name(supported[0])}.",
            DefaultValueFactory = _ => Name(supported[0]),
        };
    }

    public void AddTo(Command command) => command.Add(_option);

    public OutputFormat Get(ParseResult parse)
    {
        var text = parse.GetValue(_option) ?? "";
        foreach (var format in _supported)
        {
            if (string.Equals(Name(format), text, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        throw new InputException($"--format {text} is not supported by {_command} (use {Choices()})");
    }

    private string Choices()
    {
        var names = _supported.Select(Name).ToArray();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
