using Azure.Core;

namespace PledgeBot.Safety;

/// <summary>Azure.Core client options for <see cref="AzureLanguageClient"/>.</summary>
public sealed class AzureLanguageClientOptions : ClientOptions;
