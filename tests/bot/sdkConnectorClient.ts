// botframework-connector's own client, built the way CloudAdapter builds it with an empty
// MicrosoftAppId, and the status a failed call gives: for captureConnector.test.ts.
import {
  AuthenticationConfiguration,
  BotFrameworkAuthenticationFactory,
  ClaimsIdentity,
  ConnectorClient,
  PasswordServiceClientCredentialFactory
} from 'botframework-connector';

/** The connector client CloudAdapter gets from ConfigurationBotFrameworkAuthentication without an app id. */
export async function sdkClient(serviceUrl: string): Promise<ConnectorClient> {
  const credentials = new PasswordServiceClientCredentialFactory('', '');
  const auth = BotFrameworkAuthenticationFactory.create(
    '',
    true,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    credentials,
    new AuthenticationConfiguration()
  );
  return auth.createConnectorFactory(new ClaimsIdentity([], true)).create(serviceUrl);
}

/** What a client call's failure says: status, Bot Framework error code, Retry-After. */
export async function statusOf(
  p: Promise<unknown>
): Promise<{ statusCode?: number; code?: string; retryAfter?: string | null }> {
  try {
    await p;
    return {};
  } catch (e) {
    const err = e as {
      statusCode?: number;
      response?: { bodyAsText?: string; headers: { get(n: string): string | undefined } };
    };
    const body = err.response?.bodyAsText ? JSON.parse(err.response.bodyAsText) : undefined;
    return {
      statusCode: err.statusCode,
      code: body?.error?.code,
      retryAfter: err.response?.headers.get('retry-after')
    };
  }
}
