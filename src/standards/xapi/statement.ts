/** The subset of xAPI 1.0.3 the app emits, typed (docs/xapi-profile.md). */
export type LanguageMap = Partial<Record<'es-MX' | 'en-US', string>>;

export type Agent = {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  account?: { homePage: string; name: string };
};

export type InteractionComponent = { id: string; description?: LanguageMap };

export type ActivityDefinition = {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?: 'choice' | 'matching' | 'sequencing' | 'other';
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
  extensions?: Record<string, unknown>;
};

export type Activity = { objectType: 'Activity'; id: string; definition?: ActivityDefinition };

export type Result = {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
};

export type Context = {
  registration?: string;
  contextActivities?: {
    parent?: Activity[];
    grouping?: Activity[];
    category?: Activity[];
    other?: Activity[];
  };
  revision?: string;
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
};

export type Statement = {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: Context;
  timestamp: string;
};
