using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Safety;

/// <summary>Azure AI Language for the safety check (section Safety:Azure). Off while <see cref="Endpoint"/> is empty:
/// the embedded local analyzer answers alone. With an endpoint and no <see cref="Key"/>, DefaultAzureCredential
/// (managed identity in Azure) signs the calls.</summary>
public sealed class AzureLanguageOptions
{
    public const string Section = "Safety:Azure";

    /// <summary>https://&lt;resource&gt;.cognitiveservices.azure.com</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    [Required]
    [RegularExpression(@"^\d{4}-\d{2}-\d{2}(-preview)?$")]
    public string ApiVersion { get; set; } = "2025-11-01";

    /// <summary>Time budget per message for all calls together; past it the local analyzer answers.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:00:10")]
    public TimeSpan Budget { get; set; } = TimeSpan.FromMilliseconds(1_500);

    /// <summary>Consecutive failures that open the circuit breaker.</summary>
    [Range(1, 100)]
    public int BreakAfterFailures { get; set; } = 3;

    /// <summary>How long an open breaker keeps calls away from the service (longer if it sent Retry-After).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A negative sentiment at least this sure turns "no risk" into a gentle check-in; 1 turns it off.</summary>
    [Range(0.5, 1.0)]
    public double SentimentConcernScore { get; set; } = 0.98;

    public bool Enabled => Endpoint is not null;
}
