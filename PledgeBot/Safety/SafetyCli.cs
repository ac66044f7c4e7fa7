using System.Text;
using System.Text.Json;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Safety;

/// <summary>`dotnet PledgeBot.dll analyze`: one text per line on stdin, one JSON object per line on stdout, through the
/// bot's own analyzer and configuration, so staff can try a lexicon change before it ships.</summary>
public static class SafetyCli
{
    public const string Command = "analyze";

    public static bool IsRequested(IReadOnlyList<string> args) => args is [Command, ..];

    public static async Task RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var analyzer = services.GetRequiredService<ITextAnalyzer>();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var analysis = await analyzer.AnalyzeAsync(line, null, cancellationToken);
            await output.WriteLineAsync(Json(analysis));
            await output.FlushAsync(cancellationToken);
        }
    }

    public static string Json(TextAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("risk", analysis.Risk.ToString().ToLowerInvariant());
            writer.WriteStartArray("categories");
            foreach (var category in analysis.Categories)
            {
                writer.WriteStringValue(category);
            }

            writer.WriteEndArray();
            writer.WriteString("language", analysis.Language);
            writer.WriteBoolean("dangerNow", analysis.DangerNow);
            writer.WriteString("redacted", analysis.RedactedText);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
