using System.Text;
using AllianceRules.Cli;

// Standard input is decoded strictly, so that bytes which are not UTF-8 are refused rather than
// silently replaced.
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
return CliApp.Run(args, stdin, Console.Out, Console.Error);
