import { Connection } from "../graphql/pagination/connection.js";
import { Article } from "./article.type.js";

export const ArticleConnection = Connection(Article, "Article");
export type ArticleConnection = InstanceType<typeof ArticleConnection>;
