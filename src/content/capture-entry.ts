/**
 * The entry of a portal's capture script. `recert:adapter` is that portal's adapter: the build makes one classic
 * script per adapter (content/capture/<id>.js, named in manifest.json), each with only its own adapter inside.
 */
import adapter from 'recert:adapter';
import { startCapture } from './capture';

startCapture(adapter);
