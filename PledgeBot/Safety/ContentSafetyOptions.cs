using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Safety;

/// <summary>Azure AI Content Safety as a second opinion on risk (section Safety:ContentSafety). Off while
/// <see cref="Endpoint"/> is empty. With an endpoint and no <see cref="Key"/>, DefaultAzureCredential (managed identity
/// in Azure) signs the calls. Time budget and breaker settings are Safety:Azure's, shared with Azure AI Language.</summary>
public sealed class ContentSafetyOptions
{
    public const string Section = "Safety:ContentSafety";

    /// <summary>https://&lt;resource&gt;.cognitiveservices.azure.com</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    [Required]
    [RegularExpression(@"^\d{4}-\d{2}-\d{2}(-preview)?$")]
    public string ApiVersion { get; set; } = "2024-09-01";

    public bool Enabled => Endpoint is not null;
}
