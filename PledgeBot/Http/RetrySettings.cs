namespace PledgeBot.Http;

/// <summary>The four settings every outbound client's retries are made of (each client keeps its own keys, defaults
/// and bounds in its options section); <see cref="RetryPipeline"/> turns them into the one pipeline shape.</summary>
/// <param name="MaxAttempts">Tries per call, the first included; 1 turns retries off.</param>
/// <param name="RetryBaseDelay">Median delay before the first retry, growing exponentially with jitter.</param>
/// <param name="AttemptTimeout">One attempt's time limit.</param>
/// <param name="TotalTimeout">All attempts together, or null for no overall budget.</param>
public sealed record RetrySettings(int MaxAttempts, TimeSpan RetryBaseDelay, TimeSpan AttemptTimeout, TimeSpan? TotalTimeout);
