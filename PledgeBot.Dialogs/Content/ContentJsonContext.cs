using System.Text.Json.Serialization;

namespace PledgeBot.Dialogs.Content;

/// <summary>How content files read (Content/vi, Content/en, and the override folder).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContentDocument))]
public sealed partial class ContentJsonContext : JsonSerializerContext;
