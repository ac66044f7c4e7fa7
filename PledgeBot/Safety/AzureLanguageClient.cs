using System.Buffers;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace PledgeBot.Safety;

/// <summary>The analyze-text REST API of Azure AI Language over Azure.Core's HTTP pipeline: one task
/// and one document per call, the key header or an Entra token, no retries (the caller's time budget and breaker
/// decide), and the service asked not to log the text (loggingOptOut).</summary>
public sealed class AzureLanguageClient
{
    public const string LanguageDetection = "LanguageDetection";
    public const string PiiEntityRecognition = "PiiEntityRecognition";
    public const string SentimentAnalysis = "SentimentAnalysis";

    private readonly HttpPipeline _pipeline;
    private readonly AzureLanguageOptions _options;

    public AzureLanguageClient(IOptions<AzureLanguageOptions> options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _pipeline = CognitiveServicePipeline.Build(new AzureLanguageClientOptions(), _options.Key, credential);
    }

    /// <summary>Runs <paramref name="kind"/> on one document; throws <see cref="CognitiveServiceException"/> on an error status.</summary>
    public async Task<LanguageDocumentResult> AnalyzeAsync(string kind, string text, string language, CancellationToken cancellationToken)
    {
        using var json = await CognitiveServicePipeline.PostAsync(
            _pipeline, "Azure AI Language", _options.Endpoint!, "/language/:analyze-text", _options.ApiVersion, Body(kind, text, language), cancellationToken);
        return Read(json.RootElement);
    }

    private static ReadOnlyMemory<byte> Body(string kind, string text, string language)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind);
            writer.WriteStartObject("parameters");
            writer.WriteString("modelVersion", "latest");
            if (kind != LanguageDetection)
            {
                writer.WriteString("stringIndexType", "Utf16CodeUnit");

                // Children's words are not to be kept by the service either (Decree 13/2023/ND-CP).
                writer.WriteBoolean("loggingOptOut", true);
            }

            if (kind == PiiEntityRecognition)
            {
                writer.WriteString("domain", "none");
            }

            if (kind == SentimentAnalysis)
            {
                writer.WriteBoolean("opinionMining", false);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("analysisInput");
            writer.WriteStartArray("documents");
            writer.WriteStartObject();
            writer.WriteString("id", "1");
            writer.WriteString("text", text);
            if (kind == LanguageDetection)
            {
                writer.WriteString("countryHint", "VN");
            }
            else
            {
                writer.WriteString("language", language);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static LanguageDocumentResult Read(JsonElement root)
    {
        if (!root.TryGetProperty("results", out var results))
        {
            return new LanguageDocumentResult(null, "NoResults");
        }

        if (results.TryGetProperty("documents", out var documents))
        {
            foreach (var document in documents.EnumerateArray())
            {
                if (document.TryGetProperty("id", out var id) && id.GetString() == "1")
                {
                    return new LanguageDocumentResult(document.Clone(), null);
                }
            }
        }

        if (results.TryGetProperty("errors", out var errors))
        {
            foreach (var entry in errors.EnumerateArray())
            {
                if (entry.TryGetProperty("error", out var error))
                {
                    var code = error.TryGetProperty("innererror", out var inner) && inner.TryGetProperty("code", out var innerCode)
                        ? innerCode.GetString()
                        : error.TryGetProperty("code", out var outerCode) ? outerCode.GetString() : null;
                    return new LanguageDocumentResult(null, code ?? "Unknown");
                }
            }
        }

        return new LanguageDocumentResult(null, "NoDocument");
    }
}
