using System.Buffers;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace PledgeBot.Safety;

/// <summary>The text:analyze REST API of Azure AI Content Safety (docs/safety-content-safety.md) over Azure.Core's
/// HTTP pipeline: the four harm categories at four severity levels, the key header or an Entra token, no retries (the
/// caller's time budget and breaker decide). A long text goes in parts, all at once, and the worst severity of any
/// part counts.</summary>
public sealed class ContentSafetyClient
{
    private const string Unreadable = "The answer is not the documented categoriesAnalysis shape.";
    private static readonly string[] s_categories = ["Hate", "SelfHarm", "Sexual", "Violence"];

    private readonly HttpPipeline _pipeline;
    private readonly ContentSafetyOptions _options;

    /// <param name="clientOptions">Azure.Core transport and diagnostics; retries and content logging are always off.</param>
    public ContentSafetyClient(IOptions<ContentSafetyOptions> options, TokenCredential? credential = null, ContentSafetyClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _pipeline = CognitiveServicePipeline.Build(clientOptions ?? new ContentSafetyClientOptions(), _options.Key, credential);
    }

    /// <summary>Severities for <paramref name="text"/>; throws <see cref="CognitiveServiceException"/> on an error status and
    /// <see cref="JsonException"/> on an answer that is not the documented shape.</summary>
    public async Task<ContentSafetySeverities> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var parts = ContentSafetyParts.Split(text);
        if (parts.Count == 0)
        {
            return ContentSafetySeverities.Safe;
        }

        var answers = await Task.WhenAll(parts.Select(part => AnalyzePartAsync(part, cancellationToken)));
        return answers.Aggregate((worst, next) => worst.Max(next));
    }

    private async Task<ContentSafetySeverities> AnalyzePartAsync(string text, CancellationToken cancellationToken)
    {
        using var json = await CognitiveServicePipeline.PostAsync(
            _pipeline, "Azure AI Content Safety", _options.Endpoint!, "/contentsafety/text:analyze", _options.ApiVersion, Body(text), cancellationToken);
        return Read(json.RootElement);
    }

    private static ReadOnlyMemory<byte> Body(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("text", text);
            writer.WriteStartArray("categories");
            foreach (var category in s_categories)
            {
                writer.WriteStringValue(category);
            }

            writer.WriteEndArray();
            writer.WriteString("outputType", "FourSeverityLevels");
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static ContentSafetySeverities Read(JsonElement root)
    {
        // A 200 without the documented array would otherwise read as "safe": count it as a failure instead.
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("categoriesAnalysis", out var analyses)
            || analyses.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException(Unreadable);
        }

        var severities = ContentSafetySeverities.Safe;
        foreach (var analysis in analyses.EnumerateArray())
        {
            if (analysis.ValueKind != JsonValueKind.Object
                || !analysis.TryGetProperty("category", out var category) || category.ValueKind != JsonValueKind.String
                || !analysis.TryGetProperty("severity", out var severity) || severity.ValueKind != JsonValueKind.Number
                || !severity.TryGetInt32(out var value))
            {
                throw new JsonException(Unreadable);
            }

            var level = ContentSafetySeverities.Level(value);
            severities = category.GetString() switch
            {
                "Hate" => severities with { Hate = level },
                "SelfHarm" => severities with { SelfHarm = level },
                "Sexual" => severities with { Sexual = level },
                "Violence" => severities with { Violence = level },
                _ => severities,
            };
        }

        return severities;
    }
}
