using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Conversations.Connector;

/// <summary>How hard a reply is pushed to the Bot Connector REST API: a few jittered retries inside a time budget.
/// The channel's request is answered before replies go out; the budget bounds how long the conversation's next turn
/// waits behind them.</summary>
public sealed class ConnectorOptions : IValidatableObject
{
    public const string Section = "Connector";

    /// <summary>Attempts per reply, the first one included.</summary>
    [Range(2, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry's median delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>All attempts and delays of one reply together.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>A longer Retry-After is honoured by giving up rather than by retrying early.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout <= AttemptTimeout)
        {
            yield return new ValidationResult(
                "TotalTimeout must be longer than AttemptTimeout, or no attempt could be retried.",
                [nameof(TotalTimeout), nameof(AttemptTimeout)]);
        }
    }
}
