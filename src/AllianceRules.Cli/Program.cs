using AllianceRules.Cli;

// Standard input goes to the scenario reader as bytes, which refuses any that are not UTF-8.
using var stdin = Console.OpenStandardInput();
return CliApp.Run(args, stdin, Console.Out, Console.Error);
