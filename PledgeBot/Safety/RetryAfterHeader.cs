using System.Globalization;

namespace PledgeBot.Safety;

/// <summary>Reads the Retry-After of a 429 or 503 from an Azure AI service.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(Azure.Response response)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        // The services send seconds; an HTTP date falls back to the breaker's own pause.
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }
}
