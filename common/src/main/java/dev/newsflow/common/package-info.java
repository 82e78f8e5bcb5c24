/** Rules shared by more than one stage, each defined once. */
package dev.newsflow.common;
