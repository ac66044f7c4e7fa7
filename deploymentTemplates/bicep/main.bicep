// PledgeBot on Azure, in an existing resource group: Azure Bot, App Service (Linux, .NET 10), Azure Cache for Redis,
// Azure AI Language, Application Insights (on a Log Analytics workspace) for traces and metrics. The ARM JSON beside this folder is this file compiled by hand; keep them in step (a test checks
// that all three set exactly the app settings the bot reads).

@description('Short lowercase name; resources are named after it.')
@minLength(3)
@maxLength(20)
param botName string

param location string = resourceGroup().location

@description('UserAssignedMSI needs no secret: the template creates the identity. SingleTenant and MultiTenant need an app registration (appId, appSecret).')
@allowed(['UserAssignedMSI', 'SingleTenant', 'MultiTenant'])
param appType string = 'UserAssignedMSI'

@description('App registration id (SingleTenant, MultiTenant); ignored for UserAssignedMSI.')
param appId string = ''

@secure()
@description('App registration client secret (SingleTenant, MultiTenant); ignored for UserAssignedMSI.')
param appSecret string = ''

param tenantId string = subscription().tenantId

@description('App Service plan SKU; B1 or above for Always On.')
param appServiceSku string = 'B1'

@allowed(['Basic', 'Standard', 'Premium'])
param redisSku string = 'Standard'

param redisCapacity int = 1

@allowed(['F0', 'S'])
param languageSku string = 'S'

@allowed(['F0', 'S1'])
param botSku string = 'S1'

@secure()
@description('HMAC key for user ids (Privacy:UserIdKey): openssl rand -base64 32. Keep it: changing it orphans every stored user.')
param privacyUserIdKey string

@secure()
@description('HMAC key for pledge card URLs (Cards:SigningKey): openssl rand -base64 32.')
param cardsSigningKey string

@secure()
@description('HMAC key for Direct Line tokens of the Web Chat page (DirectLine:TokenKey): openssl rand -base64 32.')
param directLineTokenKey string

@secure()
@description('HMAC key for influencers\' stats links (Referrals:StatsSigningKey): openssl rand -base64 32.')
param referralsStatsSigningKey string

@secure()
@description('Lowercase hex SHA-256 of the first staff API key (Staff:ApiKeys:0); the key itself never leaves the operator.')
param staffApiKeyHash string

@description('The Facebook page\'s user name for m.me links (Channels:Messenger:PageName); empty until connected.')
param messengerPageName string = ''

@description('The Telegram bot\'s user name for t.me links (Channels:Telegram:BotName); empty until connected.')
param telegramBotName string = ''

var useMsi = appType == 'UserAssignedMSI'
var siteName = '${botName}-app'
var siteHost = '${siteName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useMsi) {
  name: '${botName}-identity'
  location: location
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: '${botName}-redis'
  location: location
  properties: {
    sku: { name: redisSku, family: redisSku == 'Premium' ? 'P' : 'C', capacity: redisCapacity }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource language 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: '${botName}-language'
  location: location
  kind: 'TextAnalytics'
  sku: { name: languageSku }
  properties: { customSubDomainName: '${botName}-language', publicNetworkAccess: 'Enabled' }
}

// Traces and metrics (docs/operations.md): the bot exports to Application Insights when its connection string is set.
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${botName}-logs'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${botName}-insights'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

var botAppId = useMsi ? identity!.properties.clientId : appId

// Every key the bot reads in production, and nothing else (PledgeBot.Tests/Deployment checks both ways).
var appSettings = [
  { name: 'MicrosoftAppType', value: appType }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppPassword', value: useMsi ? '' : appSecret }
  { name: 'MicrosoftAppTenantId', value: appType == 'MultiTenant' ? '' : tenantId }
  { name: 'ConnectionStrings__Redis', value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False' }
  { name: 'Campaign__PublicBaseUrl', value: 'https://${siteHost}' }
  { name: 'Store__DataDir', value: '/home/data' }
  { name: 'Privacy__UserIdKey', value: privacyUserIdKey }
  { name: 'Cards__SigningKey', value: cardsSigningKey }
  { name: 'DirectLine__TokenKey', value: directLineTokenKey }
  { name: 'Referrals__StatsSigningKey', value: referralsStatsSigningKey }
  { name: 'Staff__ApiKeys__0', value: staffApiKeyHash }
  { name: 'Channels__Messenger__PageName', value: messengerPageName }
  { name: 'Channels__Telegram__BotName', value: telegramBotName }
  { name: 'Safety__Azure__Endpoint', value: language.properties.endpoint }
  { name: 'Safety__Azure__Key', value: language.listKeys().key1 }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
]

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: useMsi ? { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } } : { type: 'None' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botName
    endpoint: 'https://${siteHost}/api/messages'
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: appType == 'MultiTenant' ? '' : tenantId
    msaAppMSIResourceId: useMsi ? identity.id : ''
  }
}

// Web Chat comes with every Azure Bot; Direct Line is added here; Telegram and Facebook need the platforms' own
// tokens, so the operator connects them (deploymentTemplates/README.md).
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: { sites: [ { siteName: 'Default Site', isEnabled: true, isV1Enabled: false, isV3Enabled: true } ] }
  }
}

output messagingEndpoint string = 'https://${siteHost}/api/messages'
output webAppName string = siteName
output botAppId string = botAppId
