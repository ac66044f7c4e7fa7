using Azure.Core;

namespace PledgeBot.Safety;

/// <summary>Azure.Core client options for <see cref="ContentSafetyClient"/>.</summary>
public sealed class ContentSafetyClientOptions : ClientOptions;
