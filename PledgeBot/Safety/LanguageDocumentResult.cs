using System.Text.Json;

namespace PledgeBot.Safety;

/// <summary>One document's result of an analyze-text task, or the code of its per-document error (HTTP 200 with an
/// entry in "errors", Azure AI Language REST API, analyze-text).</summary>
public sealed record LanguageDocumentResult(JsonElement? Document, string? ErrorCode);
