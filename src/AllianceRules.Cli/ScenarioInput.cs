using System.CommandLine;
using AllianceRules.Files;
using AllianceRules.Scenarios;

namespace AllianceRules.Cli;

/// <summary>Where a command's scenario comes from: a FILE argument (<c>-</c> for standard input) or <c>--builtin ID</c>.</summary>
internal sealed class ScenarioInput
{
    private readonly Argument<string?> _file = new("FILE")
    {
        Description = "A scenario JSON file, or - to read it from standard input.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _builtin;

    /// <param name="verb">What the command does with a built-in, for the help text ("Assess").</param>
    public ScenarioInput(string verb)
    {
        _builtin = new Option<string?>("--builtin")
        {
            Description = $"{verb} a built-in scenario by ID (see 'alliance-rules scenarios') instead of a file.",
        };
    }

    public void AddTo(Command command)
    {
        command.Add(_file);
        command.Add(_builtin);
    }

    /// <summary>The built-in scenario with this ID, or an error that names the closest IDs.</summary>
    /// <param name="id">The ID the user gave.</param>
    /// <param name="option">The option or argument that gave it, for the error.</param>
    public static Scenario Builtin(string id, string option)
    {
        if (HistoricalScenarios.Find(id) is { } scenario)
        {
            return scenario;
        }

        var suggestions = HistoricalScenarios.Suggest(id);
        var hint = suggestions.Count switch
        {
            0 => "",
            1 => $"; did you mean {suggestions[0]}?",
            <= 4 => $"; did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1))} or {suggestions[^1]}?",
            _ => $"; {suggestions.Count} IDs contain it, such as {string.Join(", ", suggestions.Take(3))}",
        };
        throw new InputException($"{option}: {Names.Quote(id)} is not a built-in scenario{hint} (see 'alliance-rules scenarios')");
    }

    public ValidScenario Load(ParseResult parse, Stream stdin)
    {
        var file = parse.GetValue(_file);
        var builtin = parse.GetValue(_builtin);
        if (builtin is not null)
        {
            if (file is not null)
            {
                throw new InputException("give either FILE or --builtin, not both");
            }

            return ValidScenario.From(Builtin(builtin, "--builtin"));
        }

        if (file is null)
        {
            throw new InputException("give a scenario FILE, - for standard input, or --builtin ID");
        }

        if (file == "-")
        {
            // Files and standard input take one path: the reader checks UTF-8 strictly and caps the size.
            return ScenarioJson.Read(stdin);
        }

        try
        {
            // A named pipe or a device is refused by name; a regular file is read to the scenario cap at most.
            using var stream = InputFile.Open(file);
            return ScenarioJson.Read(stream);
        }
        catch (InputFileException ex)
        {
            throw new InputException($"{file}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot be read ({ex.Message})");
        }
    }
}
