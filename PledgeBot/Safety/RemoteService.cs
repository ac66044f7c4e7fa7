namespace PledgeBot.Safety;

/// <summary>A remote safety service with its own breaker: a throttled Content Safety resource rests alone and does not
/// silence Azure AI Language, and the other way round. <see cref="Name"/> is what the log says.</summary>
public sealed record RemoteService<TClient>(string Name, TClient Client, LanguageServiceBreaker Breaker)
    where TClient : class;
