/**
 * The entry of a site's capture script. `recert:adapter` is that site's adapter: the build makes one classic
 * script per adapter in the registry (content/capture/<id>.js, declared in the shipped manifest on the adapter's
 * matches), each with only its own adapter inside.
 */
import adapter from 'recert:adapter';
import { startCapture } from './capture';

startCapture(adapter);
